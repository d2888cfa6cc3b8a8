import type { ID } from "./id";

/** The English pack: the same keys as the Indonesian one (the type and web/lang/check.ts both say so). */
type ItemText = { q: string; options?: string[] };

const ITEMS: Record<string, ItemText> = {
  U1: {
    q: "Do the service requirements fit the type of service?",
    options: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  },
  U2: { q: "How easy is the service procedure at this unit?", options: ["Not easy", "Less easy", "Easy", "Very easy"] },
  U3: { q: "How fast was the service delivered?", options: ["Not fast", "Less fast", "Fast", "Very fast"] },
  U4: {
    q: "How fair is the cost/fee of the service?",
    options: ["Very expensive", "Quite expensive", "Cheap", "Free"],
  },
  U5: {
    q: "Does the service product match what the service standard promises?",
    options: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  },
  U6: {
    q: "How competent were the staff?",
    options: ["Not competent", "Less competent", "Competent", "Very competent"],
  },
  U7: {
    q: "How polite and friendly were the staff?",
    options: ["Not polite and friendly", "Less polite and friendly", "Polite and friendly", "Very polite and friendly"],
  },
  U8: { q: "How good are the facilities and infrastructure?", options: ["Poor", "Fair", "Good", "Very good"] },
  U9: {
    q: "How are users' complaints handled?",
    options: ["There is none", "Exists but does not work", "Works, but not fully", "Well managed"],
  },
  P1: { q: "Service information is available through electronic and non-electronic media." },
  P2: { q: "The requirements as announced match those that are set." },
  P3: { q: "The service procedure/flow is easy to follow." },
  P4: { q: "The completion time matches the time that is set." },
  P5: { q: "The fee paid matches the fee that is set." },
  P6: { q: "Facilities/online systems are comfortable and easy to use." },
  P7: { q: "Staff/online systems respond to your needs quickly." },
  P8: { q: "Consultation and complaint services are easy to reach." },
  A1: { q: "There is no discrimination in the service of this unit." },
  A2: { q: "There is no service outside the procedure, and no cheating, at this unit." },
  A3: { q: "No money, goods or favours are asked for or accepted beyond the rules." },
  A4: { q: "There are no illegal levies (pungli) at this unit." },
  A5: { q: "There are no brokers or unofficial intermediaries at this unit." },
};

const PROFILE = {
  age: {
    label: "Age",
    options: {
      "<20": "Under 20",
      "20-29": "20–29",
      "30-39": "30–39",
      "40-49": "40–49",
      "50-59": "50–59",
      "60+": "60 or over",
    },
  },
  gender: { label: "Sex", options: { L: "Male", P: "Female" } },
  education: {
    label: "Education",
    options: {
      SD: "Primary or less",
      SMP: "Junior secondary",
      SMA: "Senior secondary",
      "D1-D3": "Diploma (D1–D3)",
      "D4-S1": "Bachelor (D4/S1)",
      S2: "Master (S2)",
      S3: "Doctorate (S3)",
    },
  },
  occupation: {
    label: "Occupation",
    options: {
      PNS: "Civil servant",
      "TNI-POLRI": "Military/police",
      SWASTA: "Private employee",
      WIRASWASTA: "Self-employed",
      PELAJAR: "Student",
      LAINNYA: "Other",
    },
  },
};

const UI = {
  title: "Service Satisfaction Survey",
  skm: "Satisfaction with the service",
  spkp: "Perceived service quality",
  spak: "Perceived anti-corruption",
  steeredQ: "Before filling in this survey, did any staff member steer you to give good answers?",
  yes: "Yes",
  no: "No",
  profile: "About you (optional)",
  profileHint: "Broad groups only, for reporting. No name or ID number.",
  choose: "— Choose —",
  comment: "Suggestions or feedback (optional)",
  commentHint: "Please do not write names, phone numbers or other personal data.",
  submit: "Send rating",
  privacyTitle: "Privacy",
  privacy:
    "This survey is run by {org} to measure and improve service quality (PermenPAN-RB 14/2017). We ask for no personal data and do not store your IP address. Answers are kept for at most {months} months, then deleted.",
  errorSummary: "Please check the following:",
  languages: "Language",
  homeTitle: "ZI Survei",
  home: "Public service satisfaction and perception surveys. To rate a service, scan the QR code at its service desk.",
  thanksTitle: "Thank you!",
  thanks: "We have received your rating and will use it to improve our service.",
  thanksResults: "See the survey results published so far",
  thanksComplaint: "A complaint, or were you asked for an unofficial payment (pungli)? Report it through SP4N-LAPOR!:",
  notFoundTitle: "Page not found",
  notFound: "This survey code is unknown. Please scan the QR code at the service desk again.",
  closedTitle: "Survey closed",
  closed: "Thank you for your willingness. The survey for this service point is not open at the moment.",
  pageNotFoundTitle: "Page not found",
  pageNotFound: "The page you are looking for does not exist, or you have no access to it.",
  forbiddenTitle: "Not allowed",
  forbidden: "This action is not allowed. If you just opened the form, reload the page and try again.",
  badRequestTitle: "Invalid request",
  badRequest: "The input or the page address is not valid. Please check it.",
  back: "Back",
  unauthorizedTitle: "Please sign in",
  unauthorized: "Your session has ended. Please sign in again.",
  errorTitle: "Something went wrong",
  error: "Sorry, something went wrong on our side. Please try again shortly.",
  tooLargeTitle: "Submission too large",
  tooLarge: "What was sent is too large. Please shorten your feedback and send it again.",
  rateLimitedTitle: "Too many submissions",
  rateLimited: "Too many ratings from this network in a short time. Please try again later.",
  tooFast: "Thank you! Please take a few seconds to read each question, then send again.",
  expired: "This survey page has been open too long. Your answers are still here; please send again.",
  badToken: "The form could not be verified. Your answers are still here; please send again.",
  issue: {
    required: "Please choose an answer.",
    out_of_range: "This answer is not one of the choices.",
    unknown_item: "This field is not known.",
    instrument_disabled: "This question is not used for this service.",
    invalid_choice: "This choice is not available.",
    too_long: "Feedback is too long (at most 2,000 characters).",
  },
};

export const EN: typeof ID = { ui: UI, items: ITEMS, profile: PROFILE };
