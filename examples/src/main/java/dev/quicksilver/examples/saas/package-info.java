/** The multi-tenant SaaS example (scenario 2): a database per tenant, chosen by a request header. */
@NullMarked
package dev.quicksilver.examples.saas;

import org.jspecify.annotations.NullMarked;
