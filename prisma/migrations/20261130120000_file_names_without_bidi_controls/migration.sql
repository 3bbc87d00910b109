-- Evidence file names stored before uploads dropped bidi controls: remove them
-- (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), as safeFileName does.
UPDATE "Attachment"
SET "fileName" = regexp_replace("fileName", '[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]', '', 'g')
WHERE "fileName" ~ '[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]';
