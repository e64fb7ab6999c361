import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { Mailer } from './mailer';
import { Reminder } from './reminder.entity';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [TypeOrmModule.forFeature([Reminder]), GeographyModule, RoundsModule],
  controllers: [RemindersController],
  providers: [Mailer, RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}
