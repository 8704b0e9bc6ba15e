package vn.baocao.campaign;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of which each campaign has its own instance: it works for one
 * campaign (its units, its committee, its schedule). With one campaign file the
 * application holds the one instance; with a folder of campaign files each campaign gets
 * its own set, and the shared parts (channels, outbox, web) reach them through
 * {@link Campaigns}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PerCampaign {

}
