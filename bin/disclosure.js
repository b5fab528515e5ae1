#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm ci` (the prepare script); this shim only finds it.
import '../dist/cli/main.js';
