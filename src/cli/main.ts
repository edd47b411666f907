#!/usr/bin/env node
// STUB: the command-line tool.
export {};
