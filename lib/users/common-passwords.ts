// Passwords too common to accept: the 49,000 most frequent in leaked lists
// (the zxcvbn-ts common dictionary, a maintained package) and obvious local ones.
import { dictionary } from "@zxcvbn-ts/language-common";

const LOCAL = ["matkhau", "matkhau123", "khongbiet", "vietnam123", "kehoach", "kehoach123", "langson123", "skhcn123", "demo1234"];

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set([...dictionary["passwords-common"], ...LOCAL]);
  return common.has(password.toLowerCase());
}
