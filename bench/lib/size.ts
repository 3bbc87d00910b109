// What a page weighs on the wire before compression (the bench sends no
// Accept-Encoding): the whole HTML, and the part of it that is the RSC payload
// Next.js inlines for hydration (`self.__next_f.push(...)` scripts), which
// repeats in data form what the markup already shows.
export type ResponseSize = { htmlBytes: number; flightBytes: number; flightScripts: number; svgs: number };

export function measureHtml(html: string): ResponseSize {
  let flightBytes = 0;
  let flightScripts = 0;
  for (const match of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)) {
    flightBytes += Buffer.byteLength(match[1]!);
    flightScripts += 1;
  }
  return { htmlBytes: Buffer.byteLength(html), flightBytes, flightScripts, svgs: html.match(/<svg[\s>]/g)?.length ?? 0 };
}

export async function responseSize(url: string, headers: Record<string, string>): Promise<ResponseSize> {
  const response = await fetch(url, { headers });
  return measureHtml(await response.text());
}
