/** One readable line from validation issues: `lexicon.outlets.0: expected string`. */
export function formatIssues(issues: readonly { path: string; message: string }[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ')
}
