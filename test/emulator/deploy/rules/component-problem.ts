/** Why the org refuses one component, in Salesforce's words and, for parse errors, where. */
export type ComponentProblem = { problem: string; lineNumber?: number; columnNumber?: number };
