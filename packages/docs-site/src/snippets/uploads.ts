import { openAsBlob } from "node:fs";
import { createGongClient, GongJobFailedError } from "@gongkit/client";

const gong = createGongClient({
  auth: { accessKey: process.env.GONG_ACCESS_KEY!, accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET! },
});

/** A call recording: the file stays on disk, and a failed attempt is sent again from its first byte. */
export async function uploadRecording(callId: string, path: string): Promise<void> {
  await gong.calls.addMedia(callId, await openAsBlob(path, { type: "audio/mpeg" }), {
    onUploadProgress: ({ sent, total }) => console.log(`${sent} of ${total} bytes`),
  });
}

/** CRM deals, streamed as LDJSON, then waited for until Gong has processed them. */
export async function uploadDeals(
  integrationId: string,
  deals: AsyncIterable<{ objectId: string; modifiedDate: string }>,
) {
  const clientRequestId = `deals-${Date.now()}`;
  await gong.crm.uploadObjects({ integrationId, objectType: "DEAL", clientRequestId }, deals);
  try {
    return await gong.crm.waitForRequest(clientRequestId, { integrationId });
  } catch (error) {
    if (error instanceof GongJobFailedError) console.error("rejected lines:", error.result);
    throw error;
  }
}
