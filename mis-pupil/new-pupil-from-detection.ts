import type { DetectedPupil } from "./detection";
import { splitFullName } from "./split-name";

export interface PupilPrefill {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  upn: string;
}

/** What the add-pupil form starts with for a pupil read from the MIS; empty where the page did not say. */
export function newPupilFromDetection(detected: DetectedPupil): PupilPrefill {
  const split = detected.fullName ? splitFullName(detected.fullName) : { firstName: "", lastName: "" };
  return {
    firstName: detected.firstName ?? split.firstName,
    lastName: detected.lastName ?? split.lastName,
    dateOfBirth: detected.dateOfBirth ?? "",
    upn: detected.upn ?? "",
  };
}
