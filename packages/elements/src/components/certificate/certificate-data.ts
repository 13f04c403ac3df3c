/**
 * What `<ckit-certificate>` reads besides the public verification (the learner's own
 * certificates, `data/certificate-verification.ts` has the other) and what it derives from a
 * certificate: its public verify URL, LinkedIn's add-to-profile URL and an Open Badges 3.0
 * credential.
 *
 * @module
 */
import { Certificates, type Certificate, type CertificateVerification } from '@coursekit/sdk';
import { enrollments, session } from '../../data/queries.js';
import { query, type Query } from '../../data/query.js';

/**
 * The signed-in learner's certificates (empty for a visitor). Read again whenever the learner's
 * enrollments are: completing a course's last lecture drops them, and the certificate appears.
 */
export const certificatesQuery: Query<Certificate[]> = query(['me', 'certificates'], 'user', async ({ client, read }) => {
  if (!(await read(session))) return [];
  await read(enrollments);
  return new Certificates(client.http).list();
});

/** `template` with `{number}` replaced, resolved against the page: a QR code needs an absolute URL. */
export function certificateUrl(template: string, number: string): string {
  return new URL(template.replace(/\{number\}/g, encodeURIComponent(number)), document.baseURI).href;
}

/** The public verify URL of `number`: `template`, or this page with `?certificate=`. */
export function verifyUrl(template: string | undefined, number: string): string {
  if (template) return certificateUrl(template, number);
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.set('certificate', number);
  return url.href;
}

/** What the derived links and documents need to know about a certificate. */
export interface CertificateFacts {
  number: string;
  courseTitle: string;
  courseDescription?: string | null | undefined;
  courseUrl?: string | undefined;
  learnerName: string;
  issuedAt: string;
  verifyUrl: string;
  organizationName: string;
  organizationUrl: string;
  organizationId?: string | undefined;
}

/** LinkedIn's "Add to profile" URL for a certification, every documented parameter filled. */
export function linkedInUrl(facts: CertificateFacts): string {
  const issued = new Date(facts.issuedAt);
  const url = new URL('https://www.linkedin.com/profile/add');
  const params: Record<string, string | undefined> = {
    startTask: 'CERTIFICATION_NAME',
    name: facts.courseTitle,
    organizationName: facts.organizationName,
    organizationId: facts.organizationId,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: facts.verifyUrl,
    certId: facts.number,
  };
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The certificate as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential).
 * It carries no `proof`: it is unsigned, and says so; its `id` is the public verify URL, where
 * anyone can check it.
 */
export function openBadge(facts: CertificateFacts): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: facts.verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: facts.courseTitle,
    description: `Unsigned credential (no proof): check certificate ${facts.number} at ${facts.verifyUrl}.`,
    issuer: { id: facts.organizationUrl, type: ['Profile'], name: facts.organizationName },
    validFrom: new Date(facts.issuedAt).toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: facts.learnerName }],
      achievement: {
        id: facts.courseUrl ?? `${facts.organizationUrl.replace(/\/$/, '')}/certificates/${encodeURIComponent(facts.number)}#achievement`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: facts.courseTitle,
        description: facts.courseDescription || facts.courseTitle,
        criteria: { narrative: `Completed every lecture of the course "${facts.courseTitle}".` },
      },
    },
  };
}
