import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { CountyPictureController } from './county-picture.controller';
import { CountyPictureService } from './county-picture.service';

@Module({
  imports: [RoundsModule, GeographyModule],
  controllers: [CountyPictureController],
  providers: [CountyPictureService],
  exports: [CountyPictureService],
})
export class CountyPictureModule {}
