-- A TOTP code is accepted once (ASVS 2.8.4): the step of the last accepted code.
ALTER TABLE "TwoFactor" ADD COLUMN "lastUsedStep" BIGINT;
