-- The language each staff member last used the staff area in: their mails follow it
-- unless they chose a language for mails (User.mailLocale). Issue #16.
ALTER TABLE "User" ADD COLUMN "uiLocale" VARCHAR(5);
