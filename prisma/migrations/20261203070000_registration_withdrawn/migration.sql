-- An event withdrawn (unpublished) by its editors ends every registration still holding a
-- place, waiting or awaiting approval (issue #20 follow-up): a final status of its own, so
-- the host's counts and list tell it apart from the registrant's own cancellation.
ALTER TYPE "EventRegistrationStatus" ADD VALUE 'WITHDRAWN';
