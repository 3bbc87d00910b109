// Shared with client forms: kept apart from the zod schemas so zod stays out of the browser bundle.
export const PASSWORD_MIN_LENGTH = 8;
