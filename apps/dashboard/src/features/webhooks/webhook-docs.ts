const configuredDocsUrl: unknown = import.meta.env.VITE_DOCS_URL;

/** The README's webhooks section: events, the signature and a verification snippet. */
export const webhookDocsUrl = `${typeof configuredDocsUrl === 'string' && configuredDocsUrl ? configuredDocsUrl : 'https://github.com/vicinity/vicinity/blob/main/README.md'}#webhooks-and-engagement-export`;
