import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers the elements this app renders (each module registers its tag and what it renders).
import '@coursekit/elements/components/provider/provider.js';
import '@coursekit/elements/components/course-catalog/course-catalog.js';
import '@coursekit/elements/components/course-details/course-details.js';
import '@coursekit/elements/components/course-reviews/course-reviews.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
