/**
 * Review bodies for the seed: an opening that matches the stars and a detail about the course's
 * topic, so 200-odd seeded reviews read like different people wrote them. Composed from a single
 * random number, so the seed consumes exactly one draw per review.
 *
 * @module
 */

const OPENINGS: Record<number, readonly string[]> = {
  5: ['Clear, practical and well paced.', 'The best course on {topic} I have taken.', 'Exactly what I needed.', 'I finally understand {topic}.', 'Worth every minute.', 'Brilliant from start to finish.'],
  4: ['Very good overall.', 'Solid introduction to {topic}.', 'Well explained and easy to follow.', 'I learned a lot about {topic}.', 'Good course, a few rough edges.'],
  3: ['A decent introduction to {topic}.', 'Good content, uneven delivery.', 'Useful, but it stays at the surface.', 'Some sections are great, others drag.'],
  2: ['Too fast for a beginner course.', 'I expected more depth on {topic}.', 'Hard to follow in places.', 'Some of the examples are outdated.'],
  1: ['Not what the description promised.', 'I gave up halfway through.', 'Very little here about {topic} itself.'],
};

const DETAILS: Record<number, readonly string[]> = {
  5: ['The exercises after each lecture made it stick.', 'I used what I learned at work the next week.', 'Every example builds on the last one.', 'The instructor answers questions quickly.', 'The quizzes are a great check before moving on.', 'Thank you!'],
  4: ['A few lessons could be shorter.', 'I would love more exercises.', 'Some parts felt rushed.', 'The audio is quiet in the first section.', 'A cheat sheet at the end would help.'],
  3: ['The audio could be better.', 'More real-world examples would help.', 'The pace is slow until the second half.', 'The quiz questions do not match the lectures.'],
  2: ['The exercises skip steps the lectures never covered.', 'Several videos cut off mid-sentence.', 'I had to look most things up elsewhere.'],
  1: ['The lectures repeat the same two ideas.', 'Nothing worked with current versions.', 'I asked for a refund.'],
};

/** A review body for `rating` stars about `topic`, chosen by `random` in [0, 1). */
export function reviewBody(rating: number, topic: string, random: number): string {
  const openings = OPENINGS[rating] ?? OPENINGS[3]!;
  const details = DETAILS[rating] ?? DETAILS[3]!;
  const scaled = random * openings.length;
  const opening = openings[Math.floor(scaled)]!;
  const detail = details[Math.floor((scaled % 1) * details.length)]!;
  return `${opening} ${detail}`.replace('{topic}', topic);
}
