/**
 * Who is who: the people who talk to the bot on each channel, which hamlets they lead
 * (with the history of assignments) and who the admins are.
 */
@NullMarked
package vn.baocao.roster;

import org.jspecify.annotations.NullMarked;
