/**
 * Applies one inbound update in one transaction: recognise a redelivery, load the chat's
 * state, route, store the new state and queue the replies. Every channel hands its
 * updates here.
 */
@NullMarked
package vn.baocao.inbox;

import org.jspecify.annotations.NullMarked;
