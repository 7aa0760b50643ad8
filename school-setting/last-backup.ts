import { daysBetween } from "@/graduated-approach/iso-date";

/** How long ago the last backup was made, for the Due view: "No backup yet", "Last backup today", "… 3 days ago". */
export function lastBackupText(lastBackupOn: string | undefined, today: string): string {
  if (!lastBackupOn) return "No backup yet";
  const days = daysBetween(lastBackupOn, today);
  if (days <= 0) return "Last backup today";
  return `Last backup ${days} day${days === 1 ? "" : "s"} ago`;
}
