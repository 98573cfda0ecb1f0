import { isServedVersion } from './api-versions.js';
import { withoutDetails } from './deploy/deploy-result.js';
import type { EmulatedOrg } from './emulated-org.js';
import { xmlReply, type Exchange, type Reply } from './http-exchange.js';
import { METADATA_NAMESPACE, parseSoapRequest, payloadText, soapFault, soapResponse } from './soap-envelope.js';

/** The SOAP Metadata API: POST /services/Soap/m/NN.0, where SDR deploys unless told to use REST, and always retrieves. */
export const SOAP_PATH = /^\/services\/Soap\/m\/(\d+\.\d+)$/;

const fault = (faultcode: string, faultstring: string): Reply => xmlReply(500, soapFault(faultcode, faultstring));

export const INVALID_SESSION_FAULT = 'INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session';

/** An Id the org never issued (the code and wording for retrieves are unverified). */
const unknownJob = (): Reply => fault('sf:INVALID_CROSS_REFERENCE_KEY', 'INVALID_CROSS_REFERENCE_KEY: invalid cross reference id');

export const handleSoap = async (org: EmulatedOrg, exchange: Exchange, version: string, highestVersion: string): Promise<Reply> => {
  if (exchange.method !== 'POST') return fault('soapenv:Client', 'Only POST is supported by the SOAP endpoint');
  const request = parseSoapRequest(exchange.body.toString('utf8'));
  if (!request) return fault('soapenv:Client', 'Unable to parse the SOAP envelope');
  if (!org.isValidSession(request.sessionId)) return fault('sf:INVALID_SESSION_ID', INVALID_SESSION_FAULT);
  if (!isServedVersion(version, highestVersion)) return fault('sf:UNSUPPORTED_API_VERSION', 'UNSUPPORTED_API_VERSION: Invalid Api version specified on URL');

  switch (request.operation) {
    case 'deploy': {
      const zip = Buffer.from(payloadText(request.payload, 'ZipFile'), 'base64');
      const options = request.payload.DeployOptions;
      const job = await org.jobs.submitDeploy('SOAP', version, zip, typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : undefined);
      // The deploy call answers with an AsyncResult, not a DeployResult: queued, not done.
      return xmlReply(200, soapResponse('deploy', { done: false, id: job.id, state: 'Queued' }));
    }
    case 'checkDeployStatus': {
      const result = org.jobs.checkDeploy(payloadText(request.payload, 'asyncProcessId'));
      if (!result) return unknownJob();
      return xmlReply(200, soapResponse('checkDeployStatus', request.payload.includeDetails === 'true' ? result : withoutDetails(result)));
    }
    case 'retrieve': {
      const job = org.jobs.submitRetrieve(request.payload);
      return xmlReply(200, soapResponse('retrieve', { done: false, id: job.id, state: 'Queued' }));
    }
    case 'checkRetrieveStatus': {
      const result = await org.jobs.checkRetrieve(payloadText(request.payload, 'asyncProcessId'));
      return result ? xmlReply(200, soapResponse('checkRetrieveStatus', result)) : unknownJob();
    }
    default:
      return fault('soapenv:Client', `No operation available for request {${METADATA_NAMESPACE}}${request.operation}, please check the WSDL for the service.`);
  }
};
