/**
 * Generates a course's sections, lectures and quiz. Every course gets every lecture type
 * (video, text, file, quiz, assignment), two preview lectures, and a quiz with one question of
 * each of the four types, so any element can be demonstrated on any course.
 *
 * Video lectures play the school's own sample video (a media row, see `lecture-media.ts`),
 * except each course's "Recap", which is on YouTube, the welcome video of the second course (a
 * preview, on YouTube too) and "Setting up your environment" of the third (on Vimeo): those
 * carry an `external_url` and no media. The `file` lecture offers the course's cheat sheet.
 *
 * @module
 */
import type { Prng } from './prng.js';
import type { QuizAnswer } from '../store/schema.js';
import { SAMPLE_VIDEO } from './lecture-media.js';

/** A lecture to insert, before ids exist. */
export interface LecturePlan {
  title: string;
  type: 'video' | 'text' | 'file' | 'quiz' | 'assignment';
  external_url: string | null;
  duration_seconds: number | null;
  content: string | null;
  is_preview: boolean;
  /** The media rows to attach once the lecture has an id (see `lecture-media.ts`). */
  attach: 'sample-video' | 'cheat-sheet' | null;
}

/** A section to insert, with its lectures in order. */
export interface SectionPlan {
  title: string;
  lectures: LecturePlan[];
}

/** A quiz question to insert. */
export interface QuestionPlan {
  question: string;
  type: 'single' | 'multiple' | 'true_false' | 'short_answer';
  options: string[] | null;
  answer: QuizAnswer;
}

/**
 * Videos hosted elsewhere, with their lengths in seconds: the Blender Foundation's open movies
 * (CC BY), on their official YouTube and Vimeo pages. A player shows them behind a click-to-load
 * facade, so a page makes no request to either site until the learner asks for the video.
 */
const YOUTUBE_VIDEOS: readonly (readonly [url: string, seconds: number])[] = [
  ['https://www.youtube.com/watch?v=aqz-KE-bpKQ', 634],
  ['https://www.youtube.com/watch?v=eRsGyueVLvQ', 888],
  ['https://www.youtube.com/watch?v=R6MlUcmOul8', 734],
];
const VIMEO_VIDEO = ['https://vimeo.com/1084537', 596] as const;

/** Which video lecture of the course at `index` (its place in `COURSES`) plays where. */
function videoHost(index: number, title: string, preview: boolean): readonly [url: string, seconds: number] | null {
  // The first course keeps every preview on the school's own video; the second shows a preview on YouTube.
  if (index === 1) return preview ? YOUTUBE_VIDEOS[index % YOUTUBE_VIDEOS.length]! : null;
  if (title === 'Recap') return YOUTUBE_VIDEOS[index % YOUTUBE_VIDEOS.length]!;
  if (index === 2 && title === 'Setting up your environment') return VIMEO_VIDEO;
  return null;
}

const MIDDLE_SECTIONS = ['{T} Core Concepts', 'Hands-on {T}', 'Going Further with {T}', 'A Real-World {T} Project'];
const MIDDLE_LECTURES = ['Key ideas', 'A first example', 'Common mistakes and how to avoid them', 'Step by step', 'Under the hood', 'Exercise walkthrough', 'Tips from practice', 'Putting it together'];

/** The title of a course's quiz; its quiz lecture carries the same title, which is how the two are linked. */
export function quizTitle(topic: string): string {
  return `${topic} Checkpoint`;
}

/** Plans 3 to 5 sections of 2 to 4 lectures for a course; `index` is the course's place in `COURSES`. */
export function planCurriculum(prng: Prng, course: { title: string; topic: string; slug: string; index: number }): SectionPlan[] {
  const { topic } = course;
  const video = (title: string, preview = false): LecturePlan => {
    // The same draws as when every lecture had a length of its own, so the rest of the seed
    // (enrollments, reviews, ...) stays as it was.
    prng.next();
    prng.int(3, 20);
    prng.int(0, 59);
    const hosted = videoHost(course.index, title, preview);
    return {
      title,
      type: 'video',
      external_url: hosted ? hosted[0] : null,
      duration_seconds: hosted ? hosted[1] : SAMPLE_VIDEO.durationSeconds,
      content: `<p>${title}: a short video lesson of <em>${course.title}</em>.</p>`,
      is_preview: preview,
      attach: hosted ? null : 'sample-video',
    };
  };
  const text = (title: string, preview = false): LecturePlan => ({
    title,
    type: 'text',
    external_url: null,
    duration_seconds: null,
    content: `<h3>Before you start</h3><p>This reading accompanies the videos of <em>${course.title}</em>. Take notes as you go: the quiz at the end builds on them.</p><p>Tip: revisit this page whenever a later lesson refers back to it.</p>`,
    is_preview: preview,
    attach: null,
  });

  const first: SectionPlan = {
    title: `Getting Started with ${topic}`,
    lectures: [video(`Welcome to ${course.title}`, true), text('How this course works', true), video('Setting up your environment')],
  };
  const middleCount = prng.int(1, 3);
  const middle = MIDDLE_SECTIONS.slice(0, middleCount).map((template, index): SectionPlan => {
    const titles = prng.sample(MIDDLE_LECTURES, prng.int(2, 3));
    const lectures = titles.map((title) => (prng.chance(0.2) ? text(title) : video(title)));
    if (index === 0) {
      lectures.push({
        title: `${topic} cheat sheet`,
        type: 'file',
        external_url: null,
        duration_seconds: null,
        content: `<p>A one-page summary of ${topic} to keep next to you.</p>`,
        is_preview: false,
        attach: 'cheat-sheet',
      });
    }
    return { title: template.replace('{T}', topic), lectures };
  });
  const last: SectionPlan = {
    title: 'Wrap-up and Assessment',
    lectures: [
      video('Recap'),
      {
        title: `Assignment: apply ${topic}`,
        type: 'assignment',
        external_url: null,
        duration_seconds: null,
        content: `<p>Use what you learned in <em>${course.title}</em> on a small project of your own, then share what you built and what surprised you.</p>`,
        is_preview: false,
        attach: null,
      },
      {
        title: quizTitle(topic),
        type: 'quiz',
        external_url: null,
        duration_seconds: null,
        content: '<p>Four questions to check what you learned. You can retake the quiz as often as you like.</p>',
        is_preview: false,
        attach: null,
      },
    ],
  };
  return [first, ...middle, last];
}

/** One question of each type per root category. */
const QUESTION_BANKS: Record<string, readonly QuestionPlan[]> = {
  development: [
    { question: 'Which HTTP method is defined as idempotent?', type: 'single', options: ['POST', 'PUT', 'PATCH', 'CONNECT'], answer: 'PUT' },
    { question: 'Which of these are primitive types in JavaScript?', type: 'multiple', options: ['string', 'symbol', 'object', 'bigint', 'array'], answer: ['string', 'symbol', 'bigint'] },
    { question: 'A Git commit can have more than one parent.', type: 'true_false', options: null, answer: true },
    { question: 'What does the acronym API stand for?', type: 'short_answer', options: null, answer: ['application programming interface'] },
  ],
  'data-science': [
    { question: 'Which metric suits a classifier trained on a heavily imbalanced data set best?', type: 'single', options: ['Accuracy', 'F1 score', 'Mean squared error', 'R²'], answer: 'F1 score' },
    { question: 'Which of these help prevent overfitting?', type: 'multiple', options: ['Regularization', 'Cross-validation', 'Adding features without new data', 'Early stopping'], answer: ['Regularization', 'Cross-validation', 'Early stopping'] },
    { question: 'Correlation implies causation.', type: 'true_false', options: null, answer: false },
    { question: 'Which SQL keyword removes duplicate rows from a result?', type: 'short_answer', options: null, answer: ['distinct'] },
  ],
  business: [
    { question: 'What does MVP stand for in product development?', type: 'single', options: ['Most valuable player', 'Minimum viable product', 'Maximum value proposition', 'Managed vendor process'], answer: 'Minimum viable product' },
    { question: 'Which topics belong in a regular one-on-one meeting?', type: 'multiple', options: ['Feedback', 'Career goals', 'Blockers', 'Quarterly tax filing'], answer: ['Feedback', 'Career goals', 'Blockers'] },
    { question: 'Revenue and profit are the same thing.', type: 'true_false', options: null, answer: false },
    { question: 'What is the usual abbreviation for return on investment?', type: 'short_answer', options: null, answer: ['roi'] },
  ],
  design: [
    { question: 'Which contrast ratio does WCAG AA require for normal body text?', type: 'single', options: ['3:1', '4.5:1', '7:1', '21:1'], answer: '4.5:1' },
    { question: 'Which of these are typeface classifications?', type: 'multiple', options: ['Serif', 'Sans-serif', 'Monospace', 'Pixel-perfect'], answer: ['Serif', 'Sans-serif', 'Monospace'] },
    { question: 'A design system includes reusable components and the guidelines for using them.', type: 'true_false', options: null, answer: true },
    { question: 'Which colour model do screens use, RGB or CMYK?', type: 'short_answer', options: null, answer: ['rgb'] },
  ],
  marketing: [
    { question: 'What does click-through rate (CTR) measure?', type: 'single', options: ['Cost per thousand impressions', 'Clicks divided by impressions', 'Time on page', 'Revenue per customer'], answer: 'Clicks divided by impressions' },
    { question: 'Which of these are on-page SEO factors?', type: 'multiple', options: ['Title tag', 'Heading structure', 'Backlinks from other sites', 'Meta description'], answer: ['Title tag', 'Heading structure', 'Meta description'] },
    { question: 'Email open rates are a perfectly reliable metric.', type: 'true_false', options: null, answer: false },
    { question: 'What does the acronym SEO stand for?', type: 'short_answer', options: null, answer: ['search engine optimization', 'search engine optimisation'] },
  ],
  'personal-development': [
    { question: 'What is the main idea of time blocking?', type: 'single', options: ['Working until tired', 'Scheduling focused work in calendar slots', 'Answering email first', 'Multitasking'], answer: 'Scheduling focused work in calendar slots' },
    { question: 'Which habits support deep focus?', type: 'multiple', options: ['Turning off notifications', 'Single-tasking', 'Checking chat every five minutes', 'Planning the day ahead'], answer: ['Turning off notifications', 'Single-tasking', 'Planning the day ahead'] },
    { question: 'Spaced repetition helps long-term memory.', type: 'true_false', options: null, answer: true },
    { question: 'How many minutes does a classic Pomodoro work interval last?', type: 'short_answer', options: null, answer: ['25', 'twenty-five'] },
  ],
};

/** The four questions of a course's quiz, chosen by its root category. */
export function planQuiz(rootCategory: string): readonly QuestionPlan[] {
  const bank = QUESTION_BANKS[rootCategory];
  if (!bank) throw new Error(`No question bank for category ${rootCategory}.`);
  return bank;
}
