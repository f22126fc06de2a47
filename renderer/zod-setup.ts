// zod probes `new Function` when schemas are built, to speed up parsing. Our CSP forbids eval, and the
// probe itself is reported as a CSP violation, so switch it off before any schema exists.
import { z } from 'zod';

z.config({ jitless: true });
