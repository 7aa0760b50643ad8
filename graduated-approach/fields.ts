import { z } from "zod";

/** An opaque record id (a UUID from the factories; anything non-empty from elsewhere). */
export const Id = z.string().min(1, "must not be empty");

/** The id of a tier, area or statement in the loaded framework, as the framework schema writes ids. */
export const FrameworkRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, "must be a framework id: letters, numbers, dots and hyphens only");

/** Text a person must fill in. */
export const Text = z.string().trim().min(1, "must not be empty");

/** Free text that may be left blank for now (plan-quality rules, not the schema, ask for it). */
export const Notes = z.string().default("");
