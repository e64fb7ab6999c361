import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseArgs } from 'node:util';
import { AppModule } from '../app.module';
import { DomainError, invalid } from '../common/domain-error';
import { fieldErrorText, messageText, TRANSLATORS } from '../common/i18n';
import { flattenValidationErrors } from '../common/validation';
import { loadConfig } from '../config/app-config';
import { CreateUserDto } from '../users/dto/create-user.dto';
import { UsersService } from '../users/users.service';

const USAGE = `Usage:
  npm run cli -- create-user --email <e-mail> --name <name> --password <password> --role <role>
                             [--municipality <kommunkod>] [--county <länskod>]
Roles: reporter (needs --municipality), analyst and coordinator (need --county), admin.`;

async function createUser(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      municipality: { type: 'string' },
      county: { type: 'string' },
    },
  });
  const dto = plainToInstance(CreateUserDto, {
    email: values.email,
    name: values.name,
    password: values.password,
    role: values.role,
    municipalityCode: values.municipality,
    countyCode: values.county,
  });
  const errors = flattenValidationErrors(validateSync(dto, { stopAtFirstError: true }));
  const { password } = dto;
  if (password === undefined) errors.push({ path: 'password', code: 'required' });
  if (errors.length > 0 || password === undefined) throw invalid(errors);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig()), {
    logger: ['error'],
  });
  try {
    const user = await context.get(UsersService).create(null, { ...dto, password });
    process.stdout.write(`${JSON.stringify(user, null, 2)}\n`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'create-user') return createUser(rest);
  process.stdout.write(`${USAGE}\n`);
  if (command !== undefined && command !== 'help') process.exitCode = 2;
}

main().catch((error: unknown) => {
  const t = TRANSLATORS.sv;
  const message =
    error instanceof DomainError
      ? [
          messageText(t, error.messageCode, error.params),
          ...error.fields.map((f) => `${f.path}: ${fieldErrorText(t, f)}`),
        ].join('\n')
      : error instanceof Error
        ? error.message
        : String(error);
  new Logger('cli').error(message);
  process.exitCode = 1;
});
