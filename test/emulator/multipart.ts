/**
 * Reads a multipart/form-data body with the parser Node already has (the Fetch API's Response.formData),
 * rather than a hand-written one: the REST deploy sends its zip and its options this way.
 */
export type FormParts = Map<string, Buffer>;

export const readMultipart = async (body: Buffer, contentType: string): Promise<FormParts> => {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const entries = await Promise.all(
    [...form.entries()].map(async ([name, value]) => [name, typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(await value.arrayBuffer())] as const)
  );
  return new Map(entries);
};
