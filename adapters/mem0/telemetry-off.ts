// mem0 reads MEM0_TELEMETRY once, when its module is evaluated, and sends usage events to a remote
// analytics host unless it is "false" (its telemetry.ts: `captureEvent` returns early, and every
// notice lookup that would fetch a remote config is skipped). Import this module before mem0ai/oss.
process.env.MEM0_TELEMETRY = 'false';

export {};
