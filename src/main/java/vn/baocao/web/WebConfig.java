package vn.baocao.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The console's settings, bound whether or not a web server runs (the /dangnhap command
 * and the local channel's door read them).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebSettings.class)
class WebConfig {

}
