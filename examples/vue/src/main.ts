import { createApp } from 'vue';
// Registers the elements this app renders (each module registers its tag and what it renders).
import '@coursekit/elements/components/provider/provider.js';
import '@coursekit/elements/components/course-catalog/course-catalog.js';
import '@coursekit/elements/components/course-details/course-details.js';
import '@coursekit/elements/components/course-reviews/course-reviews.js';
import App from './App.vue';

createApp(App).mount('#app');
