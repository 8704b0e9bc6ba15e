package vn.baocao;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.baocao.operations.BackupCommand;
import vn.baocao.system.CheckConfig;

/**
 * baocao: daily field reports from hamlet leads over chat, consolidated for the
 * committee.
 */
@SpringBootApplication
public class BaocaoApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(CheckConfig.FLAG)) {
			System.exit(CheckConfig.run(List.of(args), System.out));
		}
		if (BackupCommand.handles(args)) {
			System.exit(BackupCommand.run(List.of(args), System.getenv(), System.out, System.err));
		}
		SpringApplication.run(BaocaoApplication.class, args);
	}

}
