/**
 * Standard fields Salesforce requires. A required field is always readable and editable by whoever can
 * read and edit its object, and a deploy that sets its field-level security fails ("You cannot deploy to
 * a required field"), so a manifest that lists one is stopped before the deploy. Name fields are required
 * on every object that has one. Fields a particular org makes required (custom ones, Order's) cannot be
 * known offline: the deploy reports those.
 */
const REQUIRED = new Set(['Contact.LastName', 'Lead.LastName', 'Lead.Company', 'Lead.Status', 'Opportunity.StageName', 'Opportunity.CloseDate']);

export const isRequiredField = (object: string, field: string): boolean => field === 'Name' || REQUIRED.has(`${object}.${field}`);
