import { XMLParser } from 'fast-xml-parser';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

export type SoapRequest = {
  sessionId: string | undefined;
  /** The element in the Body: deploy, checkDeployStatus, … */
  operation: string;
  payload: Record<string, unknown>;
};

// Namespace prefixes are dropped (soapenv:Body -> Body); values stay text, as the wire has them.
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'runTests' });

type Envelope = { Envelope?: { Header?: { SessionHeader?: { sessionId?: string } }; Body?: Record<string, unknown> } };

export const parseSoapRequest = (xml: string): SoapRequest | undefined => {
  const envelope = (parser.parse(xml) as Envelope).Envelope;
  const [operation, payload] = Object.entries(envelope?.Body ?? {})[0] ?? [];
  if (operation === undefined) return undefined;
  return { sessionId: envelope?.Header?.SessionHeader?.sessionId, operation, payload: typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {} };
};

/** The text of a simple element of the request (<asyncProcessId>…</asyncProcessId>); '' when absent or not text. */
export const payloadText = (payload: Readonly<Record<string, unknown>>, name: string): string => {
  const value = payload[name];
  return typeof value === 'string' ? value : '';
};

/** A value the emulator answers with: text, numbers and flags, lists of values, and structures of them. */
export type SoapValue = string | number | boolean | null | undefined | readonly SoapValue[] | { readonly [name: string]: SoapValue };

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Array.isArray does not narrow a readonly array type.
const isList = (value: SoapValue): value is readonly SoapValue[] => Array.isArray(value);

/**
 * An element from a plain value: lists repeat the element, objects nest, undefined writes nothing. Keys are
 * written in case-sensitive alphabetical order, which is the WSDL sequence of every type the emulator
 * returns (DeployResult, DeployDetails, DeployMessage, RunTestsResult, AsyncResult).
 */
const element = (name: string, value: SoapValue): string => {
  if (value === undefined) return '';
  if (isList(value)) return value.map((item) => element(name, item)).join('');
  if (value === null) return `<${name} xsi:nil="true"/>`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `<${name}>${entries.map(([key, child]) => element(key, child)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
};

const envelope = (body: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="${METADATA_NAMESPACE}" xmlns:sf="${METADATA_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;

/** <operationResponse><result>…</result></operationResponse>, the shape of every Metadata API answer. */
export const soapResponse = (operation: string, result: { readonly [name: string]: SoapValue }): string => envelope(element(`${operation}Response`, { result }));

/**
 * A fault as Salesforce sends it, with HTTP 500. jsforce recognises an expired session only by
 * <faultcode>sf:INVALID_SESSION_ID</faultcode> in exactly this form: the sf prefix is declared on the
 * Envelope, never on faultcode itself.
 */
export const soapFault = (faultcode: string, faultstring: string): string =>
  envelope(`<soapenv:Fault><faultcode>${faultcode}</faultcode><faultstring>${escapeXml(faultstring)}</faultstring></soapenv:Fault>`);
