/**
 * Running the campaign from chat: the admin commands (assign, invite, status, excuse,
 * remind, bind the committee group), the audit log of every admin action, and the ports
 * the scheduler and the channels plug into.
 */
@NullMarked
package vn.baocao.admin;

import org.jspecify.annotations.NullMarked;
