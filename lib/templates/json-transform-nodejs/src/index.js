/**
 * Reshapes a batch of records from one JSON format into another.
 *
 * A CommonJS module (index.js with `exports.handler`), the style of most
 * existing Lambda code. In: raw sign-ups from a form or an upstream system.
 * Out: normalized contacts plus a list of the records that were rejected,
 * so one bad record does not fail the whole batch.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

exports.handler = async (event) => {
  const records = Array.isArray(event.records) ? event.records : [];
  const contacts = [];
  const rejected = [];

  records.forEach((record, index) => {
    const result = toContact(record);
    if (result.error) rejected.push({ index, error: result.error });
    else contacts.push(result.contact);
  });

  console.log(`Transformed ${contacts.length} of ${records.length} records`);
  return { count: contacts.length, contacts, rejected };
};

function toContact(record) {
  const email = String(record.email ?? "")
    .trim()
    .toLowerCase();
  if (!EMAIL.test(email))
    return { error: `invalid email: ${JSON.stringify(record.email ?? null)}` };

  const signedUpAt = new Date(record.signup_date);
  if (Number.isNaN(signedUpAt.getTime())) return { error: "invalid signup_date" };

  return {
    contact: {
      fullName: [record.first_name, record.last_name].filter(Boolean).join(" ").trim(),
      email,
      country: (record.country ?? "").toUpperCase() || null,
      signedUpAt: signedUpAt.toISOString(),
      // "news, product" -> ["news", "product"]
      interests: String(record.interests ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    },
  };
}
