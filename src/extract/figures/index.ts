export { extractFigures } from './extract-figures.js';
