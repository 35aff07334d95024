/**
 * Fresh held-out batches of Vietnamese news sentences, written for the entity recogniser and annotated
 * with exact spans and types (same format as entities-heldout.test.ts: topic, text, "TYPE:span" list).
 * Batch 3 was written and scored BEFORE the rule changes that followed it (so its first score is the
 * honest held-out figure; afterwards it is in-sample). Batch 4 was written after those changes and
 * scored untouched. `npx tsx scripts/eval-entities.ts --batches` prints per-type P/R/F1.
 * Conventions: titles stay outside the span, a place's administrative prefix is inside, an
 * organisation includes the place that completes its name, events/works/storms are not entities.
 */
export type HeldOutCase = [topic: string, text: string, expected: string[]];

export const BATCH3: HeldOutCase[] = [
  ['merged province, party', 'Ngày 12/9, Ban Thường vụ Tỉnh ủy Gia Lai đã công bố quyết định của Bộ Chính trị về công tác cán bộ tại trụ sở ở phường Quy Nhơn.', [
    'ORGANIZATION:Ban Thường vụ Tỉnh ủy Gia Lai', 'ORGANIZATION:Bộ Chính trị', 'LOCATION:phường Quy Nhơn']],
  ['provincial government', 'Chủ tịch UBND tỉnh Khánh Hòa Trần Phong cho biết tỉnh sẽ chuyển trụ sở hành chính từ Phan Rang về Nha Trang.', [
    'ORGANIZATION:UBND tỉnh Khánh Hòa', 'PERSON:Trần Phong', 'LOCATION:Phan Rang', 'LOCATION:Nha Trang']],
  ['National Assembly delegation', 'Đoàn đại biểu Quốc hội tỉnh An Giang tiếp xúc cử tri tại đặc khu Phú Quốc vào sáng 5/10.', [
    'ORGANIZATION:Đoàn đại biểu Quốc hội tỉnh An Giang', 'LOCATION:đặc khu Phú Quốc']],
  ['appointment', 'Thủ tướng Phạm Minh Chính ký quyết định bổ nhiệm ông Nguyễn Văn Phương giữ chức Thứ trưởng Bộ Nông nghiệp và Môi trường.', [
    'PERSON:Phạm Minh Chính', 'PERSON:Nguyễn Văn Phương', 'ORGANIZATION:Bộ Nông nghiệp và Môi trường']],
  ['merged wards', 'Sau sáp nhập, thành phố Cần Thơ có 103 đơn vị hành chính cấp xã, trong đó phường Ninh Kiều là trung tâm chính trị - hành chính.', [
    'LOCATION:thành phố Cần Thơ', 'LOCATION:phường Ninh Kiều']],
  ['party discipline', 'Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị thi hành kỷ luật nguyên Bí thư Tỉnh ủy Bình Dương Trần Văn Nam.', [
    'ORGANIZATION:Ủy ban Kiểm tra Trung ương', 'ORGANIZATION:Bộ Chính trị', 'ORGANIZATION:Tỉnh ủy Bình Dương', 'PERSON:Trần Văn Nam']],
  ['supreme court', 'Tòa án nhân dân tối cao vừa bác đơn kháng nghị giám đốc thẩm trong vụ án Việt Á, giữ nguyên bản án đối với bị cáo Phan Quốc Việt.', [
    'ORGANIZATION:Tòa án nhân dân tối cao', 'ORGANIZATION:Việt Á', 'PERSON:Phan Quốc Việt']],
  ['police investigation', 'Cơ quan Cảnh sát điều tra Bộ Công an đã khởi tố bị can Đỗ Anh Dũng, Chủ tịch Tập đoàn Tân Hoàng Minh, về tội lừa đảo.', [
    'ORGANIZATION:Cơ quan Cảnh sát điều tra Bộ Công an', 'PERSON:Đỗ Anh Dũng', 'ORGANIZATION:Tập đoàn Tân Hoàng Minh']],
  ['procuracy', 'Viện Kiểm sát nhân dân TP Hà Nội truy tố 5 bị can trong đường dây buôn lậu xăng dầu do Phạm Thị Hương cầm đầu.', [
    'ORGANIZATION:Viện Kiểm sát nhân dân TP Hà Nội', 'PERSON:Phạm Thị Hương']],
  ['ward police', 'Trung tá Lê Minh Tuấn, Phó Trưởng Công an phường Hoàn Kiếm, cho biết nghi phạm đã bị bắt khi đang lẩn trốn ở Lạng Sơn.', [
    'PERSON:Lê Minh Tuấn', 'ORGANIZATION:Công an phường Hoàn Kiếm', 'LOCATION:Lạng Sơn']],
  ['traffic police', 'Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai xử phạt hơn 300 trường hợp vi phạm nồng độ cồn trong tuần qua.', [
    'ORGANIZATION:Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai']],
  ['bank bond', 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) vừa hoàn tất phát hành 6.900 tỷ đồng trái phiếu, theo công bố trên Sở Giao dịch Chứng khoán Hà Nội.', [
    'ORGANIZATION:Ngân hàng TMCP Ngoại thương Việt Nam', 'ORGANIZATION:Vietcombank', 'ORGANIZATION:Sở Giao dịch Chứng khoán Hà Nội']],
  ['steel company', 'Công ty cổ phần Tập đoàn Hòa Phát báo lãi quý III đạt 3.000 tỷ đồng; ông Trần Đình Long, Chủ tịch HĐQT, dự kiến khởi công dự án mới tại Quảng Ngãi.', [
    'ORGANIZATION:Công ty cổ phần Tập đoàn Hòa Phát', 'PERSON:Trần Đình Long', 'LOCATION:Quảng Ngãi']],
  ['railways', 'Tổng công ty Đường sắt Việt Nam ký hợp đồng với Siemens Mobility để nâng cấp tuyến Hà Nội - Lào Cai.', [
    'ORGANIZATION:Tổng công ty Đường sắt Việt Nam', 'ORGANIZATION:Siemens Mobility', 'LOCATION:Hà Nội', 'LOCATION:Lào Cai']],
  ['lottery company, lower case', 'Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Cần Thơ nộp ngân sách hơn 800 tỷ đồng.', [
    'ORGANIZATION:Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Cần Thơ']],
  ['central bank', 'Ngân hàng Nhà nước yêu cầu các tổ chức tín dụng giảm lãi suất; Thống đốc Nguyễn Thị Hồng cho biết tăng trưởng tín dụng đạt 12%.', [
    'ORGANIZATION:Ngân hàng Nhà nước', 'PERSON:Nguyễn Thị Hồng']],
  ['retail deal', 'Tập đoàn Masan của ông Nguyễn Đăng Quang đã bán mảng bán lẻ cho quỹ đầu tư KKR của Mỹ.', [
    'ORGANIZATION:Tập đoàn Masan', 'PERSON:Nguyễn Đăng Quang', 'ORGANIZATION:KKR', 'LOCATION:Mỹ']],
  ['consumer protection', 'Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng đề nghị Shopee và Lazada gỡ bỏ 2.000 sản phẩm vi phạm.', [
    'ORGANIZATION:Cục Quản lý cạnh tranh và bảo vệ người tiêu dùng', 'ORGANIZATION:Shopee', 'ORGANIZATION:Lazada']],
  ['real estate association', 'Theo báo cáo của Hiệp hội Bất động sản TP.HCM (HoREA), ông Lê Hoàng Châu kiến nghị gỡ vướng cho 150 dự án.', [
    'ORGANIZATION:Hiệp hội Bất động sản TP.HCM', 'ORGANIZATION:HoREA', 'PERSON:Lê Hoàng Châu']],
  ['football, Premier League', 'Tiền đạo Erling Haaland lập cú đúp giúp Manchester City thắng Arsenal 3-1 trên sân Etihad.', [
    'PERSON:Erling Haaland', 'ORGANIZATION:Manchester City', 'ORGANIZATION:Arsenal', 'LOCATION:Etihad']],
  ['football, surnames only', 'HLV Mikel Arteta thừa nhận Arsenal thiếu may mắn khi Saka và Odegaard cùng chấn thương.', [
    'PERSON:Mikel Arteta', 'ORGANIZATION:Arsenal', 'PERSON:Saka', 'PERSON:Odegaard']],
  ['V-League transfer', 'CLB Thép Xanh Nam Định chiêu mộ tiền đạo người Brazil Caio César từ CLB Becamex TP.HCM.', [
    'ORGANIZATION:CLB Thép Xanh Nam Định', 'LOCATION:Brazil', 'PERSON:Caio César', 'ORGANIZATION:CLB Becamex TP.HCM']],
  ['tennis', 'Tay vợt Carlos Alcaraz đánh bại Jannik Sinner trong trận chung kết kéo dài 5 giờ tại Paris.', [
    'PERSON:Carlos Alcaraz', 'PERSON:Jannik Sinner', 'LOCATION:Paris']],
  ['youth football centre', 'HLV Kim Sang-sik triệu tập 30 cầu thủ hội quân tại Trung tâm Đào tạo bóng đá trẻ PVF ở Hưng Yên.', [
    'PERSON:Kim Sang-sik', 'ORGANIZATION:Trung tâm Đào tạo bóng đá trẻ PVF', 'LOCATION:Hưng Yên']],
  ['MLS', 'Son Heung-min ghi bàn thứ 10 mùa này cho Los Angeles FC trong trận hòa Inter Miami của Lionel Messi.', [
    'PERSON:Son Heung-min', 'ORGANIZATION:Los Angeles FC', 'ORGANIZATION:Inter Miami', 'PERSON:Lionel Messi']],
  ['billiards', 'Cơ thủ Trần Quyết Chiến giành chức vô địch giải billiards carom 3 băng tại Seoul (Hàn Quốc).', [
    'PERSON:Trần Quyết Chiến', 'LOCATION:Seoul', 'LOCATION:Hàn Quốc']],
  ['La Liga', 'Real Madrid xác nhận Kylian Mbappé vắng mặt 3 tuần, Vinícius Júnior sẽ đá cặp với Rodrygo.', [
    'ORGANIZATION:Real Madrid', 'PERSON:Kylian Mbappé', 'PERSON:Vinícius Júnior', 'PERSON:Rodrygo']],
  ['tropical diseases hospital', 'Bệnh viện Bệnh nhiệt đới Trung ương đang điều trị 15 bệnh nhân sốt xuất huyết nặng chuyển từ Hà Nam và Ninh Bình.', [
    'ORGANIZATION:Bệnh viện Bệnh nhiệt đới Trung ương', 'LOCATION:Hà Nam', 'LOCATION:Ninh Bình']],
  ['doctor quoted', 'Theo TS.BS Nguyễn Trung Cấp, Phó giám đốc bệnh viện, số ca mắc cúm A tăng gấp đôi so với cùng kỳ.', [
    'PERSON:Nguyễn Trung Cấp']],
  ['disease control', 'Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC) ghi nhận 2 ca tử vong do bệnh dại tại xã Bình Chánh.', [
    'ORGANIZATION:Trung tâm Kiểm soát bệnh tật TP.HCM', 'ORGANIZATION:HCDC', 'LOCATION:xã Bình Chánh']],
  ['drug recall', 'Cục Quản lý Dược thu hồi lô thuốc kháng sinh của Công ty cổ phần Dược phẩm Trung ương 1 do không đạt chất lượng.', [
    'ORGANIZATION:Cục Quản lý Dược', 'ORGANIZATION:Công ty cổ phần Dược phẩm Trung ương 1']],
  ['hospital doctor', 'Bác sĩ Đoàn Thị Hồng, Bệnh viện Bạch Mai, cho biết bệnh nhân đã qua cơn nguy kịch.', [
    'PERSON:Đoàn Thị Hồng', 'ORGANIZATION:Bệnh viện Bạch Mai']],
  ['university admissions', 'Đại học Quốc gia Hà Nội công bố đề án tuyển sinh năm 2026, trong đó Trường Đại học Công nghệ dành 40% chỉ tiêu xét tuyển sớm.', [
    'ORGANIZATION:Đại học Quốc gia Hà Nội', 'ORGANIZATION:Trường Đại học Công nghệ']],
  ['education minister', 'Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đề nghị các địa phương không tổ chức dạy thêm tràn lan.', [
    'ORGANIZATION:Bộ Giáo dục và Đào tạo', 'PERSON:Nguyễn Kim Sơn']],
  ['university director', 'PGS.TS Hoàng Minh Sơn, Giám đốc Đại học Bách khoa Hà Nội, cho biết trường sẽ mở ngành vi mạch bán dẫn.', [
    'PERSON:Hoàng Minh Sơn', 'ORGANIZATION:Đại học Bách khoa Hà Nội']],
  ['olympiad', 'Nữ sinh Nguyễn Ngọc Anh của Trường THPT chuyên Lam Sơn, tỉnh Thanh Hóa, giành huy chương vàng môn Hóa học tại kỳ thi quốc tế ở Dubai.', [
    'PERSON:Nguyễn Ngọc Anh', 'ORGANIZATION:Trường THPT chuyên Lam Sơn', 'LOCATION:tỉnh Thanh Hóa', 'LOCATION:Dubai']],
  ['university partnership', 'Trường Đại học Kinh tế TP.HCM (UEH) hợp tác với Đại học Western Sydney của Australia mở chương trình liên kết.', [
    'ORGANIZATION:Trường Đại học Kinh tế TP.HCM', 'ORGANIZATION:UEH', 'ORGANIZATION:Đại học Western Sydney', 'LOCATION:Australia']],
  ['Japan-Korea', 'Thủ tướng Nhật Bản Takaichi Sanae tiếp Ngoại trưởng Hàn Quốc Cho Hyun tại văn phòng ở Tokyo.', [
    'LOCATION:Nhật Bản', 'PERSON:Takaichi Sanae', 'LOCATION:Hàn Quốc', 'PERSON:Cho Hyun', 'LOCATION:Tokyo']],
  ['Russia-Belarus', 'Tổng thống Nga Vladimir Putin và Tổng thống Belarus Alexander Lukashenko hội đàm tại Minsk.', [
    'LOCATION:Nga', 'PERSON:Vladimir Putin', 'LOCATION:Belarus', 'PERSON:Alexander Lukashenko', 'LOCATION:Minsk']],
  ['Saudi crown prince', 'Thái tử Saudi Arabia Mohammed bin Salman tiếp Tổng thư ký Liên Hợp Quốc António Guterres tại Riyadh.', [
    'LOCATION:Saudi Arabia', 'PERSON:Mohammed bin Salman', 'ORGANIZATION:Liên Hợp Quốc', 'PERSON:António Guterres', 'LOCATION:Riyadh']],
  ['Kremlin', 'Người phát ngôn Điện Kremlin Dmitry Peskov nói Moskva sẵn sàng đàm phán với Kiev nhưng không chấp nhận điều kiện của NATO.', [
    'ORGANIZATION:Điện Kremlin', 'PERSON:Dmitry Peskov', 'LOCATION:Moskva', 'LOCATION:Kiev', 'ORGANIZATION:NATO']],
  ['North Korea', 'Ông Kim Jong-un thị sát nhà máy sản xuất tên lửa ở tỉnh Nam Phyongan, theo Hãng thông tấn Trung ương Triều Tiên (KCNA).', [
    'PERSON:Kim Jong-un', 'LOCATION:tỉnh Nam Phyongan', 'ORGANIZATION:Hãng thông tấn Trung ương Triều Tiên', 'ORGANIZATION:KCNA']],
  ['Iran', 'Bộ trưởng Ngoại giao Iran Abbas Araghchi cáo buộc Israel vi phạm lệnh ngừng bắn ở Lebanon.', [
    'LOCATION:Iran', 'PERSON:Abbas Araghchi', 'LOCATION:Israel', 'LOCATION:Lebanon']],
  ['Thailand', 'Cựu Thủ tướng Thái Lan Thaksin Shinawatra bị Tòa án Tối cao buộc thi hành án một năm tù.', [
    'LOCATION:Thái Lan', 'PERSON:Thaksin Shinawatra', 'ORGANIZATION:Tòa án Tối cao']],
  ['South China Sea', 'Bộ Ngoại giao Trung Quốc phản đối việc Manila điều tàu tới bãi cạn Scarborough.', [
    'ORGANIZATION:Bộ Ngoại giao Trung Quốc', 'LOCATION:Manila', 'LOCATION:bãi cạn Scarborough']],
  ['India-China', 'Thủ tướng Ấn Độ Narendra Modi gặp Chủ tịch Trung Quốc Tập Cận Bình bên lề hội nghị SCO ở Thiên Tân.', [
    'LOCATION:Ấn Độ', 'PERSON:Narendra Modi', 'LOCATION:Trung Quốc', 'PERSON:Tập Cận Bình', 'ORGANIZATION:SCO', 'LOCATION:Thiên Tân']],
  ['Jordan', 'Quốc vương Abdullah II của Jordan kêu gọi cộng đồng quốc tế viện trợ khẩn cấp cho người dân Gaza.', [
    'PERSON:Abdullah II', 'LOCATION:Jordan', 'LOCATION:Gaza']],
  ['Japan, company', 'Theo Yomiuri Shimbun, Tokyo Electric Power Company sẽ xả thêm nước thải từ nhà máy Fukushima.', [
    'ORGANIZATION:Yomiuri Shimbun', 'ORGANIZATION:Tokyo Electric Power Company', 'LOCATION:Fukushima']],
  ['Malaysia', 'Thủ tướng Malaysia Anwar Ibrahim nói Kuala Lumpur sẵn sàng tiếp đón lãnh đạo các nước ASEAN vào tháng 10.', [
    'LOCATION:Malaysia', 'PERSON:Anwar Ibrahim', 'LOCATION:Kuala Lumpur', 'ORGANIZATION:ASEAN']],
  ['US envoy', 'Đặc phái viên Mỹ Steve Witkoff đã tới Moskva để gặp ông Putin và Kirill Dmitriev, người đứng đầu Quỹ Đầu tư Trực tiếp Nga.', [
    'LOCATION:Mỹ', 'PERSON:Steve Witkoff', 'LOCATION:Moskva', 'PERSON:Putin', 'PERSON:Kirill Dmitriev', 'ORGANIZATION:Quỹ Đầu tư Trực tiếp Nga']],
  ['music video', 'Ca sĩ Sơn Tùng M-TP ra mắt MV mới, vượt 10 triệu lượt xem trên YouTube sau 24 giờ.', [
    'PERSON:Sơn Tùng M-TP', 'ORGANIZATION:YouTube']],
  ['cinema', 'Phim "Mưa đỏ" của đạo diễn Đặng Thái Huyền đạt doanh thu 700 tỷ đồng, theo Box Office Vietnam.', [
    'PERSON:Đặng Thái Huyền', 'ORGANIZATION:Box Office Vietnam']],
  ['K-pop concert', 'Nhóm nhạc BLACKPINK sẽ biểu diễn tại sân vận động Mỹ Đình vào tháng 7, theo công ty YG Entertainment.', [
    'ORGANIZATION:BLACKPINK', 'LOCATION:sân vận động Mỹ Đình', 'ORGANIZATION:YG Entertainment']],
  ['beauty queen', "Hoa hậu H'Hen Niê về thăm buôn làng ở Đắk Lắk cùng đạo diễn Trấn Thành.", [
    "PERSON:H'Hen Niê", 'LOCATION:Đắk Lắk', 'PERSON:Trấn Thành']],
  ['theatre', 'Nghệ sĩ Nhân dân Trung Anh được Nhà hát Kịch Việt Nam mời tham gia vở diễn mới.', [
    'PERSON:Trung Anh', 'ORGANIZATION:Nhà hát Kịch Việt Nam']],
  ['Korean actor', 'Diễn viên Lee Min-ho sang TP.HCM quảng bá phim, được người hâm mộ đón ở sân bay Tân Sơn Nhất.', [
    'PERSON:Lee Min-ho', 'LOCATION:TP.HCM', 'LOCATION:sân bay Tân Sơn Nhất']],
  ['city railway', 'Ông Nguyễn Văn Được, Chủ tịch UBND TP.HCM, đề nghị Bộ Xây dựng sớm trình phương án đường sắt Bến Thành - Cần Giờ.', [
    'PERSON:Nguyễn Văn Được', 'ORGANIZATION:UBND TP.HCM', 'ORGANIZATION:Bộ Xây dựng', 'LOCATION:Bến Thành', 'LOCATION:Cần Giờ']],
  ['flood relief', 'Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị tiếp nhận 5 tỷ đồng ủng hộ người dân vùng lũ Lệ Thủy.', [
    'ORGANIZATION:Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị', 'LOCATION:Lệ Thủy']],
  ['trade union', 'Tổng Liên đoàn Lao động Việt Nam đề xuất tăng lương tối thiểu vùng thêm 7,2% từ năm 2026.', [
    'ORGANIZATION:Tổng Liên đoàn Lao động Việt Nam']],
  ['storm', 'Bão Kajiki đổ bộ vào Hà Tĩnh và Nghệ An, Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo mưa lớn.', [
    'LOCATION:Hà Tĩnh', 'LOCATION:Nghệ An', 'ORGANIZATION:Trung tâm Dự báo khí tượng thủy văn quốc gia']],
  ['telecom abroad', 'Viettel đã khai trương mạng 5G tại Lào thông qua công ty con Unitel, theo ông Tào Đức Thắng.', [
    'ORGANIZATION:Viettel', 'LOCATION:Lào', 'ORGANIZATION:Unitel', 'PERSON:Tào Đức Thắng']],
  ['chip plant', 'Tập đoàn Công nghiệp - Viễn thông Quân đội khởi công nhà máy chip bán dẫn tại Khu công nghệ cao Hòa Lạc.', [
    'ORGANIZATION:Tập đoàn Công nghiệp - Viễn thông Quân đội', 'LOCATION:Khu công nghệ cao Hòa Lạc']],
  ['Korean court', 'Ông Yoon Suk-yeol bị Tòa án Quận Trung tâm Seoul tuyên án chung thân.', [
    'PERSON:Yoon Suk-yeol', 'ORGANIZATION:Tòa án Quận Trung tâm Seoul']],
];

export const BATCHES: Record<string, HeldOutCase[]> = { '3': BATCH3 };
