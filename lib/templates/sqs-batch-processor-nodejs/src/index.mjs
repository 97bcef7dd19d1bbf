/**
 * Processes a batch of SQS messages and reports partial batch failures.
 *
 * With ReportBatchItemFailures enabled on the event source mapping, Lambda
 * deletes the messages that succeeded and returns only the ones listed in
 * `batchItemFailures` to the queue for a retry (and, after maxReceiveCount,
 * to the dead-letter queue):
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 * Throwing instead would return the whole batch to the queue.
 */
export const handler = async (event) => {
  const batchItemFailures = [];

  for (const record of event.Records) {
    try {
      await processMessage(record);
    } catch (error) {
      console.error(`Message ${record.messageId} failed: ${error.message}`);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }

  console.log(
    `Processed ${event.Records.length - batchItemFailures.length} of ${event.Records.length} messages`,
  );
  return { batchItemFailures };
};

async function processMessage(record) {
  const order = JSON.parse(record.body);
  if (!order.orderId) throw new Error("orderId is missing");
  if (!(order.amount > 0)) throw new Error(`invalid amount ${order.amount}`);

  const receiveCount = Number(record.attributes.ApproximateReceiveCount);
  console.log(
    `Order ${order.orderId}: ${order.amount} ${order.currency ?? "USD"} (attempt ${receiveCount})`,
  );
  // Real work goes here. Keep it idempotent: SQS delivers at least once.
}
