/** The pages' own script after their body (first-view-spread.ts), as the build inlines it. */
import { spreadFirstView } from './first-view-spread.ts';

spreadFirstView(document);
