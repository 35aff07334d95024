import { hostileSuite } from './hostile-suite';

hostileSuite('chrome');
