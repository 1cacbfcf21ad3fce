// The six life domains, in the order stories cycle through them.
import type { DomainSpec } from '../domain.js';
import { career } from './career.js';
import { dailyLife } from './daily-life.js';
import { health } from './health.js';
import { learning } from './learning.js';
import { lifeEvents } from './life-events.js';
import { relationships } from './relationships.js';

export const DOMAIN_SPECS: readonly DomainSpec[] = [career, relationships, health, learning, dailyLife, lifeEvents];
