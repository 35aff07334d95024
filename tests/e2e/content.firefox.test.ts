import { contentSuite } from './content-suite';

contentSuite('firefox');
