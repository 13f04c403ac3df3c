/**
 * The seed's people: the demo accounts, fifteen instructors with profiles, and the names the
 * generated learners are drawn from.
 *
 * @module
 */
import { DEMO_ACCOUNTS } from './reference.js';

/** An instructor of the seed, with the profile row they get. */
export interface InstructorBlueprint {
  username: string;
  name: string;
  email: string;
  headline: string;
  bio: string;
  company: string | null;
  website: string | null;
}

/** The demo instructor comes first; `username` is how course blueprints refer to them. */
export const INSTRUCTORS: readonly InstructorBlueprint[] = [
  {
    username: 'ines',
    name: 'Ines Ortega',
    email: DEMO_ACCOUNTS.instructor,
    headline: 'Web platform engineer and educator',
    bio: 'Ines has built design systems and component libraries for a decade and teaches the web platform the way browsers actually implement it.',
    company: 'Open Components Co.',
    website: 'https://ines.example.com',
  },
  {
    username: 'marcus',
    name: 'Marcus Chen',
    email: 'marcus.chen@example.com',
    headline: 'Staff frontend engineer, React since 0.13',
    bio: 'Marcus leads frontend architecture for a large marketplace and has shipped React apps used by millions.',
    company: 'Brightline',
    website: 'https://marcuschen.example.com',
  },
  {
    username: 'priya',
    name: 'Priya Raman',
    email: 'priya.raman@example.com',
    headline: 'Backend engineer: APIs, queues and databases',
    bio: 'Priya designs APIs for payment platforms and cares about idempotency more than is healthy.',
    company: 'Ledgerly',
    website: null,
  },
  {
    username: 'tomas',
    name: 'Tomás Álvarez',
    email: 'tomas.alvarez@example.com',
    headline: 'Mobile developer for iOS and Android',
    bio: 'Tomás has published more than thirty apps and runs a small mobile studio in Valencia.',
    company: 'Pocket Studio',
    website: 'https://pocketstudio.example.com',
  },
  {
    username: 'hannah',
    name: 'Hannah Becker',
    email: 'hannah.becker@example.com',
    headline: 'Systems programmer and compiler enthusiast',
    bio: 'Hannah works on language tooling and teaches Rust, Go and the ideas behind them.',
    company: null,
    website: 'https://hannah.example.com',
  },
  {
    username: 'kofi',
    name: 'Kofi Mensah',
    email: 'kofi.mensah@example.com',
    headline: 'Indie game developer',
    bio: 'Kofi has released four indie games and loves teaching the maths behind game feel.',
    company: 'Sunbird Games',
    website: 'https://sunbird.example.com',
  },
  {
    username: 'lena',
    name: 'Dr. Lena Petrova',
    email: 'lena.petrova@example.com',
    headline: 'Machine learning researcher',
    bio: 'Lena holds a PhD in statistical learning and now builds language models for a research lab.',
    company: 'Northlake AI Lab',
    website: null,
  },
  {
    username: 'samuel',
    name: 'Samuel Okafor',
    email: 'samuel.okafor@example.com',
    headline: 'Lead data analyst',
    bio: 'Samuel turns messy spreadsheets into decisions and teaches SQL to anyone who will listen.',
    company: 'Metricsmith',
    website: 'https://samuel.example.com',
  },
  {
    username: 'aiko',
    name: 'Aiko Tanaka',
    email: 'aiko.tanaka@example.com',
    headline: 'Product designer and design-systems lead',
    bio: 'Aiko has run research and design for fintech and health products in Tokyo and Berlin.',
    company: 'Kumo Design',
    website: 'https://aiko.example.com',
  },
  {
    username: 'rafael',
    name: 'Rafael Souza',
    email: 'rafael.souza@example.com',
    headline: 'Brand designer and 3D artist',
    bio: 'Rafael designs identities for startups and animates characters in his spare time.',
    company: null,
    website: 'https://rafael.example.com',
  },
  {
    username: 'olivia',
    name: 'Olivia Grant',
    email: 'olivia.grant@example.com',
    headline: 'Founder, angel investor, former engineering manager',
    bio: 'Olivia founded two companies and now coaches first-time founders and managers.',
    company: 'Grant Ventures',
    website: 'https://grant.example.com',
  },
  {
    username: 'daniel',
    name: 'Daniel Weiss',
    email: 'daniel.weiss@example.com',
    headline: 'CFA charterholder and financial modeler',
    bio: 'Daniel spent twelve years in equity research before teaching finance full time.',
    company: 'Weiss Analytics',
    website: null,
  },
  {
    username: 'chloe',
    name: 'Chloé Martin',
    email: 'chloe.martin@example.com',
    headline: 'Growth marketer and SEO consultant',
    bio: 'Chloé has grown B2B and B2C products from zero to millions of monthly visitors.',
    company: 'Lumen Growth',
    website: 'https://lumen.example.com',
  },
  {
    username: 'noah',
    name: 'Noah Williams',
    email: 'noah.williams@example.com',
    headline: 'Music producer and pianist',
    bio: 'Noah produces records in his home studio and teaches theory with a producer’s ear.',
    company: null,
    website: 'https://noah.example.com',
  },
  {
    username: 'sofia',
    name: 'Sofia Lindqvist',
    email: 'sofia.lindqvist@example.com',
    headline: 'Productivity coach and language teacher',
    bio: 'Sofia speaks five languages and helps busy people learn the sixth.',
    company: 'Lindqvist Learning',
    website: null,
  },
];

/** The demo learner and the demo administrator. */
export const DEMO_STUDENT = { name: 'Sam Rivera', username: 'sam', email: DEMO_ACCOUNTS.student, headline: 'Learning to build for the web' };
export const DEMO_ADMIN = { name: 'Morgan Lee', username: 'morgan', email: DEMO_ACCOUNTS.admin, headline: 'CourseKit school administrator' };

/** How many generated learners the seed adds next to the demo learner. */
export const LEARNER_COUNT = 80;

export const FIRST_NAMES = [
  'Amara', 'Ben', 'Carla', 'Dmitri', 'Elif', 'Farah', 'Gabriel', 'Hana', 'Ivan', 'Jade',
  'Kai', 'Lucía', 'Mateo', 'Nadia', 'Oscar', 'Pia', 'Quinn', 'Rosa', 'Stefan', 'Tara',
  'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Anil', 'Bea', 'Chidi', 'Dana',
] as const;

export const LAST_NAMES = [
  'Adeyemi', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hoang', 'Ibrahim', 'Jensen',
  'Kowalski', 'Larsen', 'Moreau', 'Nakamura', 'Olsen', 'Patel', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka',
  'Usman', 'Varga', 'Wagner', 'Xu', 'Yilmaz', 'Zimmermann',
] as const;
