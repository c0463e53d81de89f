// Derived from the official Amazon SageMaker Runtime service model (API version 2017-05-13, the
// service JSON in the shared reference models) by a throwaway generator. Only the input shapes reachable from
// these operations are kept, and only their validation facts (type, required, members, list member,
// map key/value, min/max, pattern, enum):
//   InvokeEndpoint
// InvokeEndpointAsync, added later from the same model (by hand, the same facts): its input and header shapes.
// Patterns are as in the model (anchors ^...$ stripped; the service matches the whole value).
// `operationNames` lists every operation of the model so that unimplemented ones can be named.
// Java-only pattern constructs are rewritten for the JS translator: \p{Print} -> [\x20-\x7E], \A...\z dropped.
// Do not edit by hand; regenerate from the model if more operations are needed.
// REST-JSON: the members come from the path (EndpointName), headers and the raw body (Body).

/** @type {Record<string, {input: string}>} */
export const operations = {
  InvokeEndpoint: {"input": "InvokeEndpointInput"},
  InvokeEndpointAsync: {"input": "InvokeEndpointAsyncInput"},
};

/** @type {Record<string, import('./sagemaker.js').Shape>} */
export const shapes = {
  AsyncBodyBlob: {"type": "blob", "max": 128000},
  BodyBlob: {"type": "blob", "max": 6291456},
  FilenameHeader: {"type": "string", "min": 1, "max": 32, "pattern": "(?!.*\\..*\\.)[a-zA-Z0-9][a-zA-Z0-9-_\\.]*"},
  InputLocationHeader: {"type": "string", "min": 1, "max": 1024, "pattern": "(https|s3)://([^/]+)/?(.*)"},
  InvocationTimeoutSecondsHeader: {"type": "integer", "min": 1, "max": 3600},
  InvokeEndpointAsyncInput: {"type": "structure", "required": ["EndpointName"], "members": {"Accept": "Header", "Body": "AsyncBodyBlob", "ContentType": "Header", "CustomAttributes": "CustomAttributesHeader", "EndpointName": "EndpointName", "Filename": "FilenameHeader", "InferenceId": "InferenceId", "InputLocation": "InputLocationHeader", "InvocationTimeoutSeconds": "InvocationTimeoutSecondsHeader", "RequestTTLSeconds": "RequestTTLSecondsHeader", "S3OutputPathExtension": "S3OutputPathExtensionHeader"}},
  RequestTTLSecondsHeader: {"type": "integer", "min": 60, "max": 21600},
  S3OutputPathExtensionHeader: {"type": "string", "min": 1, "max": 512, "pattern": "(?!s3:|https:)[a-zA-Z0-9!_.*'()/-]+"},
  CustomAttributesHeader: {"type": "string", "max": 1024, "pattern": "\\p{ASCII}*"},
  EnableExplanationsHeader: {"type": "string", "min": 1, "max": 64, "pattern": ".*"},
  EndpointName: {"type": "string", "max": 63, "pattern": "[a-zA-Z0-9](-*[a-zA-Z0-9])*"},
  Header: {"type": "string", "max": 1024, "pattern": "\\p{ASCII}*"},
  InferenceComponentHeader: {"type": "string", "max": 63, "pattern": "[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?"},
  InferenceId: {"type": "string", "min": 1, "max": 64, "pattern": "\\S[\\x20-\\x7E]*"},
  InvokeEndpointInput: {"type": "structure", "required": ["EndpointName", "Body"], "members": {"Accept": "Header", "Body": "BodyBlob", "ContentType": "Header", "CustomAttributes": "CustomAttributesHeader", "EnableExplanations": "EnableExplanationsHeader", "EndpointName": "EndpointName", "InferenceComponentName": "InferenceComponentHeader", "InferenceId": "InferenceId", "SessionId": "SessionIdOrNewSessionConstantHeader", "TargetContainerHostname": "TargetContainerHostnameHeader", "TargetModel": "TargetModelHeader", "TargetVariant": "TargetVariantHeader"}},
  SessionIdOrNewSessionConstantHeader: {"type": "string", "max": 256, "pattern": "(NEW_SESSION)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*"},
  TargetContainerHostnameHeader: {"type": "string", "max": 63, "pattern": "[a-zA-Z0-9](-*[a-zA-Z0-9])*"},
  TargetModelHeader: {"type": "string", "min": 1, "max": 1024, "pattern": "\\S[\\x20-\\x7E]*"},
  TargetVariantHeader: {"type": "string", "max": 63, "pattern": "[a-zA-Z0-9](-*[a-zA-Z0-9])*"},
};

/** @type {string[]} */
export const operationNames = [
  "InvokeEndpoint", "InvokeEndpointAsync", "InvokeEndpointWithResponseStream",
];
