/**
 * The seed's catalog: a two-level category tree, tags, and the course blueprints (title,
 * category, level, price, tags, instructors by username). Everything else about a course
 * (curriculum, dates, learners) is generated from these with the seeded PRNG.
 *
 * @module
 */

/** A root category and its subcategories (`slug: name`). */
export interface CategoryBlueprint {
  slug: string;
  name: string;
  description: string;
  children: readonly { slug: string; name: string; description: string }[];
}

export const CATEGORIES: readonly CategoryBlueprint[] = [
  {
    slug: 'development',
    name: 'Development',
    description: 'Build software for the web, mobile devices and games.',
    children: [
      { slug: 'web-development', name: 'Web Development', description: 'HTML, CSS, JavaScript and the frameworks built on them.' },
      { slug: 'mobile-development', name: 'Mobile Development', description: 'Native and cross-platform apps for iOS and Android.' },
      { slug: 'programming-languages', name: 'Programming Languages', description: 'Learn a language deeply, from syntax to idioms.' },
      { slug: 'game-development', name: 'Game Development', description: 'Engines, gameplay programming and graphics.' },
    ],
  },
  {
    slug: 'data-science',
    name: 'Data Science',
    description: 'Turn data into insight, predictions and products.',
    children: [
      { slug: 'machine-learning', name: 'Machine Learning', description: 'Models that learn from data, from regression to transformers.' },
      { slug: 'data-analysis', name: 'Data Analysis', description: 'SQL, spreadsheets, pandas and statistics for everyday questions.' },
      { slug: 'data-visualization', name: 'Data Visualization', description: 'Charts and dashboards that tell the truth.' },
    ],
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'Start, run and finance a company.',
    children: [
      { slug: 'entrepreneurship', name: 'Entrepreneurship', description: 'From an idea to a company.' },
      { slug: 'management', name: 'Management', description: 'Lead people, projects and teams.' },
      { slug: 'finance', name: 'Finance', description: 'Personal finance, modeling and valuation.' },
    ],
  },
  {
    slug: 'design',
    name: 'Design',
    description: 'Visual, product and motion design.',
    children: [
      { slug: 'graphic-design', name: 'Graphic Design', description: 'Typography, colour, layout and brand.' },
      { slug: 'ux-design', name: 'UX Design', description: 'Research, interaction design and design systems.' },
      { slug: '3d-animation', name: '3D & Animation', description: 'Modeling, rigging and animation.' },
    ],
  },
  {
    slug: 'marketing',
    name: 'Marketing',
    description: 'Reach people and grow a product.',
    children: [
      { slug: 'digital-marketing', name: 'Digital Marketing', description: 'Channels, campaigns and analytics.' },
      { slug: 'seo', name: 'SEO', description: 'Be found by search engines.' },
      { slug: 'content-marketing', name: 'Content Marketing', description: 'Strategy and writing that earns attention.' },
    ],
  },
  {
    slug: 'personal-development',
    name: 'Personal Development',
    description: 'Skills for work and life.',
    children: [
      { slug: 'productivity', name: 'Productivity', description: 'Focus, habits and systems.' },
      { slug: 'language-learning', name: 'Language Learning', description: 'Speak, read and write a new language.' },
      { slug: 'music', name: 'Music', description: 'Theory, instruments and production.' },
    ],
  },
];

/** Tags as `[slug, name]`. */
export const TAGS: readonly (readonly [slug: string, name: string])[] = [
  ['javascript', 'JavaScript'],
  ['typescript', 'TypeScript'],
  ['web-components', 'Web Components'],
  ['react', 'React'],
  ['css', 'CSS'],
  ['html', 'HTML'],
  ['accessibility', 'Accessibility'],
  ['php', 'PHP'],
  ['laravel', 'Laravel'],
  ['api-design', 'API Design'],
  ['nodejs', 'Node.js'],
  ['flutter', 'Flutter'],
  ['swift', 'Swift'],
  ['kotlin', 'Kotlin'],
  ['mobile', 'Mobile'],
  ['python', 'Python'],
  ['rust', 'Rust'],
  ['go', 'Go'],
  ['java', 'Java'],
  ['functional-programming', 'Functional Programming'],
  ['unity', 'Unity'],
  ['godot', 'Godot'],
  ['graphics', 'Graphics'],
  ['machine-learning', 'Machine Learning'],
  ['deep-learning', 'Deep Learning'],
  ['nlp', 'NLP'],
  ['llm', 'Large Language Models'],
  ['pandas', 'pandas'],
  ['sql', 'SQL'],
  ['statistics', 'Statistics'],
  ['d3', 'D3.js'],
  ['dashboards', 'Dashboards'],
  ['startups', 'Startups'],
  ['product', 'Product Management'],
  ['leadership', 'Leadership'],
  ['agile', 'Agile'],
  ['remote-work', 'Remote Work'],
  ['personal-finance', 'Personal Finance'],
  ['excel', 'Excel'],
  ['investing', 'Investing'],
  ['typography', 'Typography'],
  ['branding', 'Branding'],
  ['ux-research', 'UX Research'],
  ['figma', 'Figma'],
  ['design-systems', 'Design Systems'],
  ['blender', 'Blender'],
  ['animation', 'Animation'],
  ['email-marketing', 'Email Marketing'],
  ['analytics', 'Analytics'],
  ['seo', 'SEO'],
  ['copywriting', 'Copywriting'],
  ['content-strategy', 'Content Strategy'],
  ['habits', 'Habits'],
  ['spanish', 'Spanish'],
  ['english', 'English'],
  ['japanese', 'Japanese'],
  ['music-theory', 'Music Theory'],
  ['piano', 'Piano'],
  ['audio-production', 'Audio Production'],
  ['testing', 'Testing'],
  ['performance', 'Performance'],
];

/** The price of a free course. */
const FREE = '0.00';

/** What the seed knows about a course before generating its curriculum and learners. */
export interface CourseBlueprint {
  title: string;
  /** The subject in a few words, used to title sections, lectures and the quiz. */
  topic: string;
  category: string;
  level: 'Beginner' | 'Intermediate' | 'Advanced';
  price: string;
  tags: readonly string[];
  /** Instructor usernames; the first is the primary instructor. */
  by: readonly string[];
  featured?: boolean;
  /** Published unless stated. */
  status?: 'draft' | 'pending_review' | 'published' | 'archived';
  /** Soft-deleted: gone from the catalog, kept for its learners' history. */
  deleted?: boolean;
}

export const COURSES: readonly CourseBlueprint[] = [
  // Development › Web Development
  { title: 'Modern JavaScript from Scratch', topic: 'JavaScript', category: 'web-development', level: 'Beginner', price: FREE, tags: ['javascript'], by: ['marcus'], featured: true },
  { title: 'TypeScript for JavaScript Developers', topic: 'TypeScript', category: 'web-development', level: 'Intermediate', price: '49.99', tags: ['typescript', 'javascript'], by: ['marcus', 'ines'], featured: true },
  { title: 'Building Web Components with Lit', topic: 'Web Components', category: 'web-development', level: 'Intermediate', price: '39.99', tags: ['web-components', 'javascript', 'typescript'], by: ['ines'] },
  { title: 'React Fundamentals', topic: 'React', category: 'web-development', level: 'Beginner', price: '29.99', tags: ['react', 'javascript'], by: ['marcus'] },
  { title: 'Advanced React Patterns', topic: 'React Patterns', category: 'web-development', level: 'Advanced', price: '79.99', tags: ['react', 'typescript'], by: ['marcus'] },
  { title: 'CSS Layout in Depth: Grid and Flexbox', topic: 'CSS Layout', category: 'web-development', level: 'Beginner', price: '19.99', tags: ['css', 'html'], by: ['ines'] },
  { title: 'Accessible Web Interfaces', topic: 'Accessibility', category: 'web-development', level: 'Intermediate', price: FREE, tags: ['accessibility', 'html'], by: ['ines', 'aiko'] },
  { title: 'Full-Stack Laravel APIs', topic: 'Laravel APIs', category: 'web-development', level: 'Advanced', price: '89.99', tags: ['php', 'laravel', 'api-design'], by: ['priya'], featured: true },
  { title: 'Node.js Backend Essentials', topic: 'Node.js', category: 'web-development', level: 'Intermediate', price: '44.99', tags: ['nodejs', 'javascript', 'api-design'], by: ['priya'] },
  { title: 'HTML & CSS for Absolute Beginners', topic: 'HTML and CSS', category: 'web-development', level: 'Beginner', price: FREE, tags: ['html', 'css'], by: ['ines'] },
  // Development › Mobile Development
  { title: 'Flutter App Development', topic: 'Flutter', category: 'mobile-development', level: 'Beginner', price: '34.99', tags: ['flutter', 'mobile'], by: ['tomas'] },
  { title: 'iOS Development with SwiftUI', topic: 'SwiftUI', category: 'mobile-development', level: 'Intermediate', price: '59.99', tags: ['swift', 'mobile'], by: ['tomas'] },
  { title: 'Android Apps with Kotlin', topic: 'Kotlin on Android', category: 'mobile-development', level: 'Intermediate', price: '54.99', tags: ['kotlin', 'mobile'], by: ['tomas', 'hannah'] },
  { title: 'React Native in Production', topic: 'React Native', category: 'mobile-development', level: 'Advanced', price: '69.99', tags: ['react', 'javascript', 'mobile'], by: ['marcus', 'tomas'] },
  // Development › Programming Languages
  { title: 'Python Programming Basics', topic: 'Python', category: 'programming-languages', level: 'Beginner', price: FREE, tags: ['python'], by: ['hannah'], featured: true },
  { title: 'Rust for Systems Programmers', topic: 'Rust', category: 'programming-languages', level: 'Advanced', price: '74.99', tags: ['rust'], by: ['hannah'] },
  { title: 'Go Concurrency Patterns', topic: 'Go Concurrency', category: 'programming-languages', level: 'Advanced', price: '64.99', tags: ['go'], by: ['hannah', 'priya'] },
  { title: 'Clean Code in Java', topic: 'Clean Java', category: 'programming-languages', level: 'Intermediate', price: '39.99', tags: ['java'], by: ['priya'] },
  { title: 'Functional Programming in Haskell', topic: 'Haskell', category: 'programming-languages', level: 'Advanced', price: FREE, tags: ['functional-programming'], by: ['hannah'] },
  // Development › Game Development
  { title: 'Unity 2D Game Development', topic: 'Unity 2D', category: 'game-development', level: 'Beginner', price: '24.99', tags: ['unity'], by: ['kofi'] },
  { title: 'Godot Engine Essentials', topic: 'Godot', category: 'game-development', level: 'Beginner', price: FREE, tags: ['godot'], by: ['kofi'] },
  { title: 'Shader Programming for Games', topic: 'Shaders', category: 'game-development', level: 'Advanced', price: '59.99', tags: ['graphics', 'unity'], by: ['kofi'] },
  // Data Science
  { title: 'Machine Learning Foundations', topic: 'Machine Learning', category: 'machine-learning', level: 'Beginner', price: '49.99', tags: ['machine-learning', 'python'], by: ['lena'], featured: true },
  { title: 'Deep Learning with PyTorch', topic: 'PyTorch', category: 'machine-learning', level: 'Advanced', price: '89.99', tags: ['deep-learning', 'python'], by: ['lena'] },
  { title: 'Practical Natural Language Processing', topic: 'NLP', category: 'machine-learning', level: 'Intermediate', price: '69.99', tags: ['nlp', 'python', 'machine-learning'], by: ['lena', 'samuel'] },
  { title: 'Intro to Large Language Models', topic: 'LLMs', category: 'machine-learning', level: 'Beginner', price: FREE, tags: ['llm', 'machine-learning'], by: ['lena'] },
  { title: 'Data Analysis with pandas', topic: 'pandas', category: 'data-analysis', level: 'Beginner', price: '29.99', tags: ['pandas', 'python'], by: ['samuel'] },
  { title: 'SQL for Data Analysts', topic: 'SQL', category: 'data-analysis', level: 'Beginner', price: FREE, tags: ['sql'], by: ['samuel'], featured: true },
  { title: 'Statistics for Data Science', topic: 'Statistics', category: 'data-analysis', level: 'Intermediate', price: '44.99', tags: ['statistics'], by: ['samuel', 'lena'] },
  { title: 'Time Series Forecasting', topic: 'Forecasting', category: 'data-analysis', level: 'Advanced', price: '64.99', tags: ['statistics', 'python'], by: ['lena'] },
  { title: 'Data Visualization with D3.js', topic: 'D3.js', category: 'data-visualization', level: 'Intermediate', price: '49.99', tags: ['d3', 'javascript'], by: ['samuel', 'marcus'] },
  { title: 'Storytelling with Dashboards', topic: 'Dashboards', category: 'data-visualization', level: 'Beginner', price: '19.99', tags: ['dashboards'], by: ['samuel'] },
  // Business
  { title: 'Startup Fundamentals', topic: 'Startups', category: 'entrepreneurship', level: 'Beginner', price: FREE, tags: ['startups'], by: ['olivia'] },
  { title: 'Validating Product Ideas', topic: 'Idea Validation', category: 'entrepreneurship', level: 'Intermediate', price: '29.99', tags: ['startups', 'product'], by: ['olivia'] },
  { title: 'First-Time Manager Bootcamp', topic: 'Management', category: 'management', level: 'Beginner', price: '39.99', tags: ['leadership'], by: ['olivia'], featured: true },
  { title: 'Agile Project Management with Scrum', topic: 'Scrum', category: 'management', level: 'Intermediate', price: '34.99', tags: ['agile'], by: ['olivia'] },
  { title: 'Leading Distributed Teams', topic: 'Remote Leadership', category: 'management', level: 'Advanced', price: FREE, tags: ['leadership', 'remote-work'], by: ['olivia', 'sofia'] },
  { title: 'Personal Finance 101', topic: 'Personal Finance', category: 'finance', level: 'Beginner', price: FREE, tags: ['personal-finance'], by: ['daniel'] },
  { title: 'Financial Modeling in Excel', topic: 'Financial Modeling', category: 'finance', level: 'Intermediate', price: '59.99', tags: ['excel', 'investing'], by: ['daniel'] },
  { title: 'Valuation for Investors', topic: 'Valuation', category: 'finance', level: 'Advanced', price: '79.99', tags: ['investing'], by: ['daniel'] },
  // Design
  { title: 'Graphic Design Basics', topic: 'Graphic Design', category: 'graphic-design', level: 'Beginner', price: '24.99', tags: ['typography', 'branding'], by: ['rafael'] },
  { title: 'Typography That Works', topic: 'Typography', category: 'graphic-design', level: 'Intermediate', price: FREE, tags: ['typography'], by: ['rafael', 'aiko'] },
  { title: 'Brand Identity Design', topic: 'Brand Identity', category: 'graphic-design', level: 'Advanced', price: '69.99', tags: ['branding'], by: ['rafael'] },
  { title: 'UX Research Methods', topic: 'UX Research', category: 'ux-design', level: 'Intermediate', price: '54.99', tags: ['ux-research'], by: ['aiko'] },
  { title: 'Figma from Zero to Prototype', topic: 'Figma', category: 'ux-design', level: 'Beginner', price: FREE, tags: ['figma'], by: ['aiko'], featured: true },
  { title: 'Design Systems at Scale', topic: 'Design Systems', category: 'ux-design', level: 'Advanced', price: '84.99', tags: ['design-systems', 'figma', 'web-components'], by: ['aiko', 'ines'] },
  { title: 'Blender for Beginners', topic: 'Blender', category: '3d-animation', level: 'Beginner', price: '29.99', tags: ['blender'], by: ['rafael'] },
  { title: 'Character Animation Principles', topic: 'Character Animation', category: '3d-animation', level: 'Intermediate', price: '49.99', tags: ['animation', 'blender'], by: ['rafael', 'kofi'] },
  // Marketing
  { title: 'Digital Marketing Essentials', topic: 'Digital Marketing', category: 'digital-marketing', level: 'Beginner', price: '19.99', tags: ['analytics'], by: ['chloe'] },
  { title: 'Email Marketing that Converts', topic: 'Email Marketing', category: 'digital-marketing', level: 'Intermediate', price: FREE, tags: ['email-marketing', 'copywriting'], by: ['chloe'] },
  { title: 'Growth Analytics with GA4', topic: 'Growth Analytics', category: 'digital-marketing', level: 'Advanced', price: '59.99', tags: ['analytics'], by: ['chloe', 'samuel'] },
  { title: 'SEO Fundamentals', topic: 'SEO', category: 'seo', level: 'Beginner', price: FREE, tags: ['seo'], by: ['chloe'], featured: true },
  { title: 'Technical SEO for Developers', topic: 'Technical SEO', category: 'seo', level: 'Advanced', price: '49.99', tags: ['seo', 'javascript', 'performance'], by: ['chloe', 'ines'] },
  { title: 'Content Strategy Playbook', topic: 'Content Strategy', category: 'content-marketing', level: 'Intermediate', price: '34.99', tags: ['content-strategy'], by: ['chloe'] },
  { title: 'Copywriting for the Web', topic: 'Copywriting', category: 'content-marketing', level: 'Beginner', price: '14.99', tags: ['copywriting'], by: ['chloe'] },
  // Personal Development
  { title: 'Deep Work and Focus', topic: 'Focus', category: 'productivity', level: 'Beginner', price: FREE, tags: ['habits'], by: ['sofia'] },
  { title: 'Getting Things Done in Practice', topic: 'GTD', category: 'productivity', level: 'Intermediate', price: '19.99', tags: ['habits'], by: ['sofia'] },
  { title: 'Spanish for Travelers', topic: 'Travel Spanish', category: 'language-learning', level: 'Beginner', price: '24.99', tags: ['spanish'], by: ['sofia', 'tomas'] },
  { title: 'Business English Communication', topic: 'Business English', category: 'language-learning', level: 'Intermediate', price: '29.99', tags: ['english'], by: ['sofia'] },
  { title: 'Japanese Kanji Mastery', topic: 'Kanji', category: 'language-learning', level: 'Advanced', price: '39.99', tags: ['japanese'], by: ['aiko'] },
  { title: 'Music Theory for Producers', topic: 'Music Theory', category: 'music', level: 'Beginner', price: FREE, tags: ['music-theory'], by: ['noah'], featured: true },
  { title: 'Piano Foundations', topic: 'Piano', category: 'music', level: 'Beginner', price: '34.99', tags: ['piano', 'music-theory'], by: ['noah'] },
  { title: 'Mixing and Mastering in the Box', topic: 'Mixing', category: 'music', level: 'Advanced', price: '69.99', tags: ['audio-production'], by: ['noah'] },
  { title: 'Songwriting Workshop', topic: 'Songwriting', category: 'music', level: 'Intermediate', price: '29.99', tags: ['music-theory'], by: ['noah', 'sofia'] },
  // Not in the catalog: the demo instructor's work in progress, an archived course, a deleted one.
  { title: 'Web Performance Budgets', topic: 'Web Performance', category: 'web-development', level: 'Intermediate', price: '34.99', tags: ['performance', 'javascript'], by: ['ines'], status: 'draft' },
  { title: 'Testing Web Components', topic: 'Component Testing', category: 'web-development', level: 'Advanced', price: '44.99', tags: ['testing', 'web-components'], by: ['ines'], status: 'pending_review' },
  { title: 'jQuery Plugins the Classic Way', topic: 'jQuery', category: 'web-development', level: 'Beginner', price: '9.99', tags: ['javascript'], by: ['ines'], status: 'archived' },
  { title: 'Flash Animation Basics', topic: 'Flash', category: '3d-animation', level: 'Beginner', price: FREE, tags: ['animation'], by: ['rafael'], deleted: true },
];
