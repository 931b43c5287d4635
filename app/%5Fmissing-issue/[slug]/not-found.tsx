// The layout around it says everything; this only marks the response a 404.
export default function MissingIssueNotFound() {
  return null;
}
