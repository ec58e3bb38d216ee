// The applicant journey's order in one place (as alphagov/forms-runner's journey
// does): which step comes next or before, whether a step may be visited yet, and
// where an applicant resumes. The step actions, the question and check pages and
// the submit path all ask here instead of counting through STEPS themselves.
import { parseStep, STEPS, type StepId } from "./schema.ts";

export type JourneyAnswers = Partial<Record<StepId, unknown>>;

export class Journey {
  /** The first step, in journey order, whose answers are missing or no longer valid; undefined when all are complete. */
  readonly firstIncomplete: StepId | undefined;

  constructor(answers: JourneyAnswers) {
    this.firstIncomplete = STEPS.find((step) => !parseStep(step, answers[step]).ok);
  }

  get complete(): boolean {
    return this.firstIncomplete === undefined;
  }

  /** Where an applicant is sent when the inquiry cannot be checked or sent yet. */
  get resumeStep(): StepId {
    return this.firstIncomplete ?? STEPS[0];
  }

  /** A step may be visited once every step before it is complete. */
  mayVisit(step: StepId): boolean {
    return this.firstIncomplete === undefined || STEPS.indexOf(this.firstIncomplete) >= STEPS.indexOf(step);
  }

  /** The page after a saved step: the following step, or (coming from the check page, or after the last step) the first incomplete one, else the check page. */
  next(step: StepId, options: { returnToCheck: boolean }): StepId | "check" {
    const following = options.returnToCheck ? undefined : STEPS[STEPS.indexOf(step) + 1];
    return following ?? this.firstIncomplete ?? "check";
  }

  /** The step before `step`, none for the first. */
  previous(step: StepId): StepId | undefined {
    return STEPS[STEPS.indexOf(step) - 1];
  }
}
