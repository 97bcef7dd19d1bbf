/**
 * Greets the person named in the event.
 *
 * Test it with an event such as {"first_name": "Jane", "last_name": "Doe"}.
 * Anything logged with console.log goes to the function's CloudWatch log stream.
 */
export const handler = async (event, context) => {
  const firstName = event?.first_name ?? "World";
  const lastName = event?.last_name ?? "";
  const fullName = `${firstName} ${lastName}`.trim();

  console.log("Received event:", JSON.stringify(event));
  console.log("Request ID:", context.awsRequestId);

  return { message: `Hello, ${fullName}!` };
};
