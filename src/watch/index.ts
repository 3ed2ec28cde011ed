export { startWatchBuild } from './watch-build.js';
export type { RebuildReport, WatchBuild, WatchBuildOptions } from './watch-build.js';
